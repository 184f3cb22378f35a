define i32 @f(i32 %a) {
entry:
  ret i32 %b

dead:
  %b = add i32 %a, 1
  br label %dead
}
