# Anonymous blocks are named by a global serial number (#1, #2, …). A local that shadows
# a class variable is a warning that says how to reach the class variable.
class Account {
  private int balance
  public int limit
  public int check(int)
}
Account.check(amount) {
  int balance = amount - limit     # expect: amount:LOCAL:0 limit:MEMBER:1
  # expect-warning: 9:7 balance shadows the class variable balance of Account; write Account.balance to reach the class variable
  if (balance lt 0) {              # expect: balance:LOCAL:1
    int over = 0 - balance         # expect: balance:LOCAL:1
    return over                    # expect: over:LOCAL:2
  } else (balance equ 0) {         # expect: balance:LOCAL:1
    return Account.balance         # expect: Account:CLASS:- balance:MEMBER:0
  } else {
    { int inner = balance }        # expect: balance:LOCAL:1
  }
  return balance                   # expect: balance:LOCAL:1
}
