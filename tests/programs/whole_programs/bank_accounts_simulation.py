# Bank accounts with classes, properties, exceptions, a transaction log and a report.
from dataclasses import dataclass, field
from decimal import Decimal
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
@dataclass
class Account:
    owner: str
    balance: Decimal = Decimal("0")
    history: list = field(default_factory=list)
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial="0"):
        account = self.accounts[owner] = Account(owner)
        if Decimal(initial):
            account.deposit(Decimal(initial))
        return account
    def transfer(self, source, target, amount):
        amount = Decimal(amount)
        self.accounts[source].withdraw(amount)
        try:
            self.accounts[target].deposit(amount)
        except Exception:
            self.accounts[source].deposit(amount)
            raise
    def report(self):
        for owner, account in sorted(self.accounts.items()):
            print(f"{owner:>6}: {account.balance:>8} ({len(account.history)} transactions)")
bank = Bank()
bank.open("alice", "100.50")
bank.open("bob", "20")
bank.open("carol")
operations = [("alice", "bob", "30.25"), ("bob", "carol", "100"), ("carol", "alice", "0"), ("bob", "dave", "1"), ("bob", "carol", "50.25")]
for source, target, amount in operations:
    try:
        bank.transfer(source, target, amount)
        print(f"ok: {source} -> {target} {amount}")
    except InsufficientFunds as error:
        print("refused:", error)
    except ValueError as error:
        print("invalid:", error)
    except KeyError as error:
        print("no such account:", error)
bank.report()
print(bank.accounts["bob"].history)
