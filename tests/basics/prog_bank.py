# classes and user exceptions working together
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__('need ' + str(needed) + ' more')
        self.needed = needed


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount
        self.history.append(('withdraw', amount))

    def __str__(self):
        return self.owner + ': ' + str(self.balance)


class Savings(Account):
    def __init__(self, owner, balance=0, rate=2):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = self.balance * self.rate // 100
        self.deposit(interest)
        return interest


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print('transfer failed:', e, e.needed)
        return False
    dst.deposit(amount)
    return True


a = Account('ann', 100)
s = Savings('sam', 1000, 5)
print(transfer(a, s, 30), a, s)
print(transfer(a, s, 100), a, s)
print(s.add_interest(), s)
try:
    a.deposit(-5)
except ValueError as e:
    print('ValueError', e)
print(a.history)
print(s.history)
print(isinstance(s, Account), isinstance(a, Savings))
