from enum import StrEnum


class TallyPoliciesOverflow(StrEnum):
    BLOCK = "block"
    FIFO = "fifo"

    def __str__(self) -> str:
        return str(self.value)
