"""A template's filler numbers and addresses reach nobody (facts.contacts)."""

from __future__ import annotations

from facts.contacts import filler_digits, normalize_qq, normalize_wechat, reserved_domain


def test_counting_up_or_one_digit_over_is_a_templates_filler() -> None:
    assert filler_digits("123456") and filler_digits("88888888")
    assert not filler_digits("2851736094") and not filler_digits("")
    assert normalize_qq("123456") is None and normalize_qq("2851736094") == "2851736094"


def test_a_filler_qq_mail_is_a_placeholder_but_the_mail_providers_own_domain_is_not() -> None:
    assert reserved_domain("123456@qq.com") and not reserved_domain("1834226590@qq.com")
    assert not reserved_domain("qq.com")  # (no address name: nothing filled in)


def test_a_placeholder_name_at_a_known_mail_service_is_a_placeholder() -> None:
    """A form's "example@qq.com" or "yourname@163.com" reaches nobody; a real name there does."""
    assert reserved_domain("example@qq.com") and reserved_domain("yourname@163.com")
    assert not reserved_domain("example_edu@qq.com") and not reserved_domain("zhou_ai@163.com")
    assert normalize_wechat("your_wechat") is None and normalize_wechat("WeChat_ID") is None
    assert normalize_wechat("zhou_wechat01") == "zhou_wechat01"


def test_the_apps_name_over_filler_digits_is_a_templates_example_id() -> None:
    """客服微信：WX123456 left in by two sellers who bought one template reaches nobody."""
    for example in ("WX123456", "wx_888888", "weixin12345678", "abc123456"):
        assert normalize_wechat(example) is None, example
    for real in ("wx123457", "wxq123456", "gpzx2026", "wx2026ai"):
        assert normalize_wechat(real) == real, real


def test_a_masked_or_example_id_is_a_stand_in() -> None:
    """A video platform's "添加微信：wxid_xxxxxx" under every video, and a classifieds
    template's "微信：wxid_example" left in by two posters, reach nobody."""
    for stand_in in ("wxid_xxxxxx", "zhang_XXXX", "wxid_example", "wx_sample", "weixin-demo"):
        assert normalize_wechat(stand_in) is None, stand_in
    for real in ("wxid_x7k2m9", "maxx_edu", "example_edu", "sample2026ai", "wx_test_zhou"):
        assert normalize_wechat(real) == real, real
