"""Argon2id key derivation for key slots, with parameters calibrated to the machine at set-up."""

import hmac
import os
import threading
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

# Never weaker than RFC 9106's second recommendation.
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
LANES = 4
MAX_MEMORY_KIB = 256 * 1024
# A slot read from a file (a backup on a stick may be hostile) may not ask for more: a huge
# memory or iteration count would exhaust the laptop or hang the worker on one guess.
MAX_ITERATIONS = 64
MAX_LANES = 16
TARGET_SECONDS = 0.5
TARGET_ENV = "TUQUAN_KDF_TARGET_SECONDS"


@dataclass(frozen=True)
class KdfParams:
    """What a slot needs to re-derive its key-encryption key."""

    salt: bytes
    memory_kib: int
    iterations: int
    lanes: int = LANES
    algorithm: str = "argon2id"

    def __post_init__(self) -> None:
        if self.algorithm != "argon2id":
            raise ValueError(f"unsupported key derivation {self.algorithm!r}")
        if self.memory_kib < FLOOR_MEMORY_KIB or self.iterations < FLOOR_ITERATIONS:
            raise ValueError("key derivation parameters are below the allowed minimum")
        if self.memory_kib > MAX_MEMORY_KIB or self.iterations > MAX_ITERATIONS \
                or not 1 <= self.lanes <= MAX_LANES:
            raise ValueError("key derivation parameters are above the allowed maximum")
        if len(self.salt) < 16:
            raise ValueError("key derivation salt is too short")

    def to_json(self) -> dict:
        data = asdict(self)
        data["salt"] = self.salt.hex()
        return data

    @classmethod
    def from_json(cls, data: dict) -> "KdfParams":
        return cls(salt=bytes.fromhex(data["salt"]), memory_kib=int(data["memory_kib"]),
                   iterations=int(data["iterations"]), lanes=int(data["lanes"]),
                   algorithm=data["algorithm"])

    def with_new_salt(self) -> "KdfParams":
        return KdfParams(os.urandom(16), self.memory_kib, self.iterations, self.lanes)


def derive_key(secret: str, params: KdfParams) -> bytes:
    """Derive a 32-byte key-encryption key from a password or recovery code."""
    ahead = _take_ahead(secret, params)
    if ahead is not None:
        return ahead.result()
    return _derive(secret.encode("utf-8"), params)


# OpenSSL runs Argon2id's lanes on a process-wide pool of as many threads as cores, and two
# derivations at once can each hold part of the pool and wait for the rest: they never return.
_one_derivation_at_a_time = threading.Lock()


def _derive(secret: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(salt=params.salt, length=32, iterations=params.iterations,
                   lanes=params.lanes, memory_cost=params.memory_kib)
    with _one_derivation_at_a_time:
        return kdf.derive(secret)


class _Ahead:
    """One derivation running in a thread (Argon2id leaves the interpreter free meanwhile)."""

    def __init__(self, secret: str, params: KdfParams):
        self.secret, self.params = secret.encode("utf-8"), params
        self._key: bytes | None = None
        self._error: Exception | None = None
        self._thread = threading.Thread(target=self._run, name="key derivation", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._key = _derive(self.secret, self.params)
        except Exception as error:  # given to the caller that takes the result
            self._error = error

    def matches(self, secret: str, params: KdfParams) -> bool:
        return params == self.params and hmac.compare_digest(secret.encode("utf-8"), self.secret)

    def result(self) -> bytes:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._key is not None  # derived, since no error was kept
        return self._key


_ahead: _Ahead | None = None
_ahead_lock = threading.Lock()


def derive_ahead(secret: str, params: KdfParams) -> None:
    """Start deriving now, for a `derive_key(secret, params)` expected soon: the command line
    derives its password's key while its libraries load. The first matching call takes it."""
    global _ahead
    with _ahead_lock:
        _ahead = _Ahead(secret, params)


def _take_ahead(secret: str, params: KdfParams) -> _Ahead | None:
    global _ahead
    with _ahead_lock:
        if _ahead is None or not _ahead.matches(secret, params):
            return None
        taken, _ahead = _ahead, None
        return taken


def _seconds_for(memory_kib: int, iterations: int) -> float:
    start = time.perf_counter()
    _derive(b"calibration", KdfParams(os.urandom(16), memory_kib, iterations))
    return time.perf_counter() - start


def calibrate(target_seconds: float | None = None) -> KdfParams:
    """Find parameters that take about `target_seconds` here: memory first, then iterations.

    The target comes from $TUQUAN_KDF_TARGET_SECONDS when not given; 0 means "the floor".
    """
    if target_seconds is None:
        target_seconds = float(os.environ.get(TARGET_ENV, TARGET_SECONDS))
    memory, iterations = FLOOR_MEMORY_KIB, FLOOR_ITERATIONS
    elapsed = _seconds_for(memory, iterations) if target_seconds > 0 else target_seconds
    while elapsed < target_seconds and memory < MAX_MEMORY_KIB:
        memory *= 2
        elapsed *= 2
    while elapsed < target_seconds and iterations < MAX_ITERATIONS:
        per_iteration = elapsed / iterations
        iterations += max(1, int((target_seconds - elapsed) / per_iteration))
        elapsed = _seconds_for(memory, iterations)
    return KdfParams(os.urandom(16), memory, min(iterations, MAX_ITERATIONS))
