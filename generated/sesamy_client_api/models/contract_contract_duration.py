from enum import StrEnum


class ContractContractDuration(StrEnum):
    PERPETUAL = "PERPETUAL"
    RECURRING = "RECURRING"
    RENEWABLE = "RENEWABLE"

    def __str__(self) -> str:
        return str(self.value)
