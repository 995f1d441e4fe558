class HTTPError(Exception):
    def __init__(self, status, reason, headers=None):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
        self.headers = headers or {}
    def is_client_error(self):
        return 400 <= self.status < 500
try:
    raise HTTPError(404, 'Not Found', {'x': '1'})
except HTTPError as e:
    print(e.status, e.reason, e.headers, e.is_client_error())
    print(str(e), repr(e), e.args)
class ValidationError(ValueError):
    def __init__(self, errors):
        self.errors = errors
        super().__init__('%d validation errors' % len(errors))
try:
    raise ValidationError(['name missing', 'age negative'])
except ValueError as e:
    print(type(e).__name__, e, e.errors)
e = ValueError('dynamic')
e.extra = 'attached later'
try:
    raise e
except ValueError as caught:
    print(caught.extra, caught is e)
class Coded(Exception):
    code = 'E000'
class E1(Coded):
    code = 'E001'
for cls in (Coded, E1):
    try:
        raise cls('boom')
    except Coded as x:
        print(x.code, x)
class WithStr(Exception):
    def __init__(self, a, b):
        super().__init__()
        self.a, self.b = a, b
    def __str__(self):
        return 'a=%s b=%s' % (self.a, self.b)
w = WithStr(1, 2)
print(str(w), w.args, repr(w))
class Tracking(Exception):
    instances = 0
    def __init__(self, *a):
        Tracking.instances += 1
        super().__init__(*a)
for i in range(3):
    try:
        raise Tracking(i)
    except Tracking:
        pass
print(Tracking.instances)
print(vars(HTTPError(1, 'r')) == {'status': 1, 'reason': 'r', 'headers': {}})
