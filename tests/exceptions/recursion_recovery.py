def down(n):
    return down(n + 1)
for attempt in range(3):
    try:
        down(0)
    except RecursionError as e:
        print('attempt', attempt, type(e).__name__)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(200))
class Rec:
    def __repr__(self):
        return repr(self)
try:
    repr(Rec())
except RecursionError:
    print('repr recursion caught')
class GetRec:
    def __getattr__(self, n):
        return self.other
try:
    GetRec().x
except RecursionError:
    print('getattr recursion caught')
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print('mutual recursion caught')
l = []
l.append(l)
print(l)
print(fine(100))
def recover_deep():
    try:
        return down(0)
    except RecursionError:
        return 'recovered in function'
print(recover_deep())
