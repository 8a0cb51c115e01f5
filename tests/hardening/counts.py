"""What a hardening run counts: cases tried, cases that held, cases that failed (with why)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Counts:
    tried: int = 0
    held: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def held_if(self, ok: bool, why: str) -> None:
        """Count one case: held when `ok`, else a failure described by `why`."""
        self.tried += 1
        if ok:
            self.held += 1
        else:
            self.failures.append(why)

    def add(self, other: Counts) -> None:
        self.tried += other.tried
        self.held += other.held
        self.failures += other.failures

    def __str__(self) -> str:
        first = f"; first: {self.failures[0]}" if self.failures else ""
        return f"{self.tried} tried, {self.held} held, {self.failed} failed{first}"
