# reversed() uses __reversed__ or __len__+__getitem__; len() result must be an int >= 0.
class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 2


class Rev:
    def __reversed__(self):
        return iter("zyx")


print(list(reversed(Seq())), list(reversed(Rev())), list(Seq()))
try:
    reversed(object())
except TypeError as e:
    print(e)


class Huge:
    def __len__(self):
        return 2**70


try:
    len(Huge())
except OverflowError as e:
    print(e)


class BoolLen:
    def __len__(self):
        return True


print(len(BoolLen()))
