# int() and float() accept any Unicode decimal digit and Unicode white space, as CPython does;
# other non-ASCII characters stay invalid and the error shows the original text.
print(int('٣'), int('١٢٣'), int('\u3000४२\u3000'), int('１２', 16), int('-৫'), int('١_٢'))
print(float('٣.٥'), float('\u2003१e२\u2003'), float('-１.５'), int('𝟗𝟖'), int('߅', 8))
for s in ['٣x', 'Ⅻ', '²', '\u200b1', '١.٥', '١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠']:
    for conv in (int, float):
        try:
            print(conv.__name__, ascii(conv(s)))
        except ValueError as e:
            print(conv.__name__, 'ValueError', ascii(str(e)))
