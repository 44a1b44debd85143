"""SHA-256 for what a window's start hashes, from Python's own implementation, not OpenSSL's.

hashlib's sha256 is OpenSSL's, and importing hashlib maps libcrypto: some 3.5 MB resident, to check
a few small files (a summary's manifest, the pre-rendered store's key, the instance's socket name,
an imported library's catalog). Python's built-in module gives the same digests, a few times
slower, which is nothing at these sizes (a 550 KB summary: about 2 ms). This counts where the app
runs from source (`make run`, an installed package); the bundle ships no `_hashlib`, so its
hashlib is Python's own already, and the library (library/generation.py) is hashed alike.
"""
try:
    from _sha2 import sha256  # Python 3.12 and later
except ImportError:
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:  # a Python built without its own: OpenSSL's gives the same digest
        from hashlib import sha256

__all__ = ["sha256"]
