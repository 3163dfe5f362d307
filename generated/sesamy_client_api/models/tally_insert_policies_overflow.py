from enum import StrEnum


class TallyInsertPoliciesOverflow(StrEnum):
    BLOCK = "block"
    FIFO = "fifo"

    def __str__(self) -> str:
        return str(self.value)
