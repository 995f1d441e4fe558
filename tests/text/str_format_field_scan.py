# Malformed replacement fields around '!' conversions and ':' specs, and which error names them.
for s in ['{!', '{!}', '{0!}', '{0!r', '{0!}}', '{!r}', '{!:}', '{0!:x}']:
  try: print(repr(s), s.format(1))
  except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['{0', '{0:', '{:!>5}', '{0[!]}', '{0:{1}!}', '{!r:>{1}}', '{0!r:!^9}', '{0[a!]!r}']:
  try: print(repr(s), s.format({'a!': 'v', '!': 'w'} if '[' in s else 'x', 7))
  except Exception as e: print(repr(s), type(e).__name__, e)
