class AppError(Exception):
    pass
class DBError(AppError):
    pass
class ConnError(DBError):
    pass
class QueryError(DBError):
    def __init__(self, query):
        super().__init__('bad query: ' + query)
        self.query = query
def handle(exc):
    try:
        raise exc
    except ConnError:
        return 'conn'
    except QueryError as e:
        return 'query ' + e.query
    except DBError:
        return 'db'
    except AppError as e:
        return 'app ' + str(e)
    except Exception as e:
        return 'other ' + type(e).__name__
for exc in [ConnError(), QueryError('SELECT'), DBError(), AppError('x'), KeyError(), ValueError()]:
    print(handle(exc))
print([c.__name__ for c in QueryError.__mro__])
print(issubclass(ConnError, AppError), isinstance(QueryError('q'), DBError))
errs = (ConnError, QueryError)
try:
    raise QueryError('UPDATE')
except errs as e:
    print('tuple var', e)
def by_type(e):
    table = {ConnError: 'c', DBError: 'd'}
    for cls in type(e).__mro__:
        if cls in table:
            return table[cls]
    return '?'
print(by_type(ConnError()), by_type(QueryError('q')), by_type(AppError()))
