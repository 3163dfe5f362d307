from enum import StrEnum


class AccessListStatus(StrEnum):
    ACTIVE = "ACTIVE"
    CANCELED = "CANCELED"
    DRAFT = "DRAFT"

    def __str__(self) -> str:
        return str(self.value)
