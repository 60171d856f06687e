print 'hello', name
