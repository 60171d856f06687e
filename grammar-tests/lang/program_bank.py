# An inventory/bank system: classes, properties, class attributes, custom exceptions.


class BankError(Exception):
    """Base for all bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")


class FrozenAccount(BankError):
    pass


class Account:
    _next_id = 1
    interest_rate = 0.01

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"negative balance {value}")
        self._balance = value

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        gained = round(self.balance * self.interest_rate, 2)
        self.balance += gained
        return gained

    def __repr__(self):
        return f"{type(self).__name__}(#{self.id}, {self.owner!r}, {self.balance})"


class Savings(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise BankError("savings: at most 2 withdrawals")
        return super().withdraw(amount)


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, balance=0):
        acct = cls(owner, balance)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            raise BankError(f"no account {src}") from None
        self.accounts[dst].deposit(amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(Savings, "bob", 50)
alice.deposit(25).withdraw(10)
print(alice, bob)
bank.transfer(1, 2, 40)
print(alice.balance, bob.balance, bank.total())
ops = [
    lambda: alice.withdraw(1000),
    lambda: alice.deposit(-5),
    lambda: bank.transfer(9, 1, 1),
    lambda: bob.withdraw(1) and bob.withdraw(1) and bob.withdraw(1),
    lambda: setattr(alice, "balance", -1),
]
for op in ops:
    try:
        op()
    except InsufficientFunds as e:
        print("insufficient:", e, e.amount)
    except BankError as e:
        print("bank error:", type(e).__name__, e, e.__cause__, e.__suppress_context__)
    except ValueError as e:
        print("value error:", e)
alice.frozen = True
try:
    alice.deposit(1)
except BankError as e:
    print(repr(e), isinstance(e, FrozenAccount))
print(bob.add_interest(), alice.interest_rate, Savings.interest_rate)
print(bob.history)
print(sorted(bank.accounts.values(), key=lambda a: -a.balance))
print(Account.balance.__doc__, type(Account.__dict__["balance"]).__name__)
print(BankError.__doc__, issubclass(InsufficientFunds, Exception))
