from enum import StrEnum


class UpdateAccessListType(StrEnum):
    BASIC_API = "BASIC_API"
    CLAIMED = "CLAIMED"
    CSV_FILE = "CSV_FILE"
    CSV_FILE_OLD = "CSV_FILE_OLD"
    CSV_TRANSACTIONS = "CSV_TRANSACTIONS"
    HOOK = "HOOK"
    MANUAL = "MANUAL"

    def __str__(self) -> str:
        return str(self.value)
