from enum import StrEnum


class ListBillsStatus(StrEnum):
    CANCELED = "CANCELED"
    DELETED = "DELETED"
    DRAFT = "DRAFT"
    EXPIRED = "EXPIRED"
    OVERDUE = "OVERDUE"
    PAID = "PAID"
    PENDING = "PENDING"
    RETRYING = "RETRYING"
    VOIDED = "VOIDED"

    def __str__(self) -> str:
        return str(self.value)
