# calling with keyword arguments
def describe(name, age, city='nowhere'):
    print(name, age, city)


describe('ann', 30)
describe(name='bob', age=25)
describe(age=40, name='cid')
describe('dee', city='paris', age=22)
describe('eve', 20, city='rome')


def div(num, den):
    return num / den


print(div(den=4, num=10))
try:
    describe('x', name='y', age=1)
except TypeError:
    print('TypeError multiple values')
try:
    describe('x', 1, town='z')
except TypeError:
    print('TypeError unexpected keyword')
try:
    describe(age=1)
except TypeError:
    print('TypeError missing')
