# user-defined exception classes
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key):
        super().__init__('bad key ' + key)
        self.key = key


class Retry(AppError):
    def __init__(self, count):
        Exception.__init__(self, count)
        self.count = count


try:
    raise AppError('general')
except AppError as e:
    print(type(e).__name__, e)
try:
    raise ConfigError('port')
except AppError as e:
    print(type(e).__name__, e, e.key)
    print(isinstance(e, ConfigError), isinstance(e, Exception))
try:
    raise Retry(3)
except Retry as e:
    print(e.count, e.args)
for exc in [AppError('a'), ConfigError('b'), Retry(1), ValueError('c')]:
    try:
        raise exc
    except ConfigError:
        print('config')
    except AppError:
        print('app')
    except Exception:
        print('other')
print(issubclass(ConfigError, AppError), issubclass(AppError, ConfigError))
