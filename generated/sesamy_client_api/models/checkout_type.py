from enum import StrEnum


class CheckoutType(StrEnum):
    RECURRING = "RECURRING"
    SINGLE = "SINGLE"

    def __str__(self) -> str:
        return str(self.value)
