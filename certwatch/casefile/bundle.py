"""The ZIP of a case file and its ``manifest.json`` (one sha256 and size per other file)."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from typing import Any

MANIFEST = "manifest.json"
# already compressed: stored as they are
_STORED = {".gz", ".png"}


def to_json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode()


def file_entry(path: str, data: bytes) -> dict[str, Any]:
    return {"path": path, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def build_zip(files: dict[str, bytes], manifest: dict[str, Any]) -> bytes:
    """``files`` (path -> bytes, in order) and a manifest listing each of them."""
    manifest = {**manifest, "files": [file_entry(p, d) for p, d in files.items()]}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(_info(MANIFEST), to_json(manifest), zipfile.ZIP_DEFLATED)
        for path, data in files.items():
            method = zipfile.ZIP_STORED if path.endswith(tuple(_STORED)) else zipfile.ZIP_DEFLATED
            archive.writestr(_info(path), data, method)
    return out.getvalue()


def _info(path: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0))
    info.external_attr = 0o644 << 16
    return info
