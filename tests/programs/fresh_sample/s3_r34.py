# a while condition typed with = 
count = 3
while count = 0:
    count -= 1
