from enum import StrEnum


class CreateAccessListStatus(StrEnum):
    ACTIVE = "ACTIVE"
    CANCELED = "CANCELED"
    DRAFT = "DRAFT"

    def __str__(self) -> str:
        return str(self.value)
