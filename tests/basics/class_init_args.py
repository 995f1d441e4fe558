# __init__ with defaults, keywords and validation
class Account:
    def __init__(self, owner, balance=0, currency='EUR'):
        if balance < 0:
            raise ValueError('negative balance')
        self.owner = owner
        self.balance = balance
        self.currency = currency


a = Account('ann')
b = Account('bob', 100)
c = Account('cid', currency='USD', balance=5)
for acc in [a, b, c]:
    print(acc.owner, acc.balance, acc.currency)
try:
    Account('dan', -1)
except ValueError as e:
    print('ValueError', e)
try:
    Account()
except TypeError:
    print('TypeError')


class NoInit:
    pass


n = NoInit()
try:
    NoInit(1)
except TypeError:
    print('TypeError no init')


class ReturnsNone:
    def __init__(self):
        self.ok = True
        return None


print(ReturnsNone().ok)
