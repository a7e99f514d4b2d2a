"""The private-host check and the retry back-off, as pure functions."""

import pytest

from crawler.middlewares import address_refusal, host_refusal, retry_delay


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.0.0.8", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("fc00::1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata endpoint
        ("fe80::1", "link-local"),
        ("224.0.0.251", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "not a public"),
    ],
)
def test_non_public_addresses_are_refused_with_their_kind(address: str, kind: str) -> None:
    reason = address_refusal(address)
    assert reason is not None and reason.startswith(address) and kind in reason


@pytest.mark.parametrize("address", ["8.8.8.8", "114.114.114.114", "2001:4860:4860::8888"])
def test_public_addresses_pass(address: str) -> None:
    assert address_refusal(address) is None


def test_host_names_are_judged_by_what_they_resolve_to() -> None:
    assert host_refusal("localhost", 80) == "localhost resolves to 127.0.0.1, a loopback address"
    assert host_refusal("127.0.0.1", 8080) == "127.0.0.1 is a loopback address"
    assert host_refusal("no-such-host.invalid", 80) is None  # fails later with its DNS error


def test_retry_delay_doubles_honours_retry_after_and_is_capped() -> None:
    assert [retry_delay(n, None, 1.0, 30.0) for n in (1, 2, 3)] == [1.0, 2.0, 4.0]
    assert retry_delay(1, "7", 1.0, 30.0) == 7.0
    assert retry_delay(1, "3600", 1.0, 30.0) == 30.0
    assert retry_delay(5, None, 1.0, 10.0) == 10.0
    assert retry_delay(1, "Wed, 21 Oct 2015 07:28:00 GMT", 1.0, 30.0) == 0.0  # date in the past
    assert retry_delay(2, "soon", 1.0, 30.0) == 2.0
