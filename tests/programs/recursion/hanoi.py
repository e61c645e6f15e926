# Towers of Hanoi: the moves go into a list held in the enclosing function.
def hanoi(n):
    moves = []
    def move(k, src, dst, via):
        if k == 0:
            return
        move(k - 1, src, via, dst)
        moves.append(f"{src}->{dst}")
        move(k - 1, via, dst, src)
    move(n, "A", "C", "B")
    return moves

print(hanoi(3))
print(len(hanoi(10)))
