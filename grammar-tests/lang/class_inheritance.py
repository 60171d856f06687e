# Method resolution through single and multiple inheritance; overriding; __bases__/__mro__.
class Animal:
    sound = "..."

    def speak(self):
        return f"{type(self).__name__} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"


print(Dog().speak(), Puppy().speak(), Puppy().kind())
print(Puppy.__bases__, [c.__name__ for c in Puppy.__mro__])
print(Animal.__bases__, object.__bases__)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who())
print([k.__name__ for k in D.mro()])
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C))
print(Dog.__subclasses__() == [Puppy])
print(type(D.mro()), type(D.__mro__))
