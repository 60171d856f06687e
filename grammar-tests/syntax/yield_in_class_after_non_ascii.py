class C:
    naïve = 'ç'; yield
