"""content/sha256.py: the digests the manifests and the pre-rendered store were written with
(hashlib's), from Python's own SHA-256, so a window's start never loads OpenSSL."""
import hashlib

import pytest

from viewer.content.sha256 import sha256

pytestmark = pytest.mark.timeout(30)


@pytest.mark.parametrize("data", [b"", b"abc", bytes(range(256)) * 4099])
def test_the_same_digest_as_hashlib(data):
    assert sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    digest = sha256(data[:7])
    digest.update(data[7:])  # as prerendered.key builds it, a piece at a time
    assert digest.hexdigest() == hashlib.sha256(data).hexdigest()


def test_python_s_own_not_openssl_s():
    assert sha256.__module__ in ("_sha256", "_sha2"), sha256.__module__
