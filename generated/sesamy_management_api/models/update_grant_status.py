from enum import StrEnum


class UpdateGrantStatus(StrEnum):
    ACTIVE = "ACTIVE"
    CANCELED = "CANCELED"
    INACTIVE = "INACTIVE"

    def __str__(self) -> str:
        return str(self.value)
