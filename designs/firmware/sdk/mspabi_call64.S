; 64-bit EABI helpers whose operands do not follow the ordinary C convention (TI SLAA534; checked against
; the calls clang-14 emits): first operand in R8:R11, second in R12:R15 (low word first), result in
; R12:R15. Each entry point re-passes them as f(R12:R15 = first, stack = second) to a C implementation.
; R8-R11 are preserved. (The 64-bit hardware-multiplier variants use the ordinary convention, see
; mspabi_hwmul.c.)

        .macro  CALL64 entry, impl
        .section .text.\entry,"ax",@progbits
        .globl  \entry
        .type   \entry,@function
        .p2align 1
\entry:
        push    r11
        push    r10
        push    r9
        push    r8
        push    r15                     ; second operand on the stack, low word at the lowest address
        push    r14
        push    r13
        push    r12
        mov     r8, r12                 ; first operand in R12:R15
        mov     r9, r13
        mov     r10, r14
        mov     r11, r15
        call    #\impl
        add     #8, r1
        pop     r8
        pop     r9
        pop     r10
        pop     r11
        ret
        .size   \entry, .-\entry
        .endm

        CALL64  __mspabi_mpyll, __sdk_mpy64
        CALL64  __mspabi_divlli, __sdk_divlli
        CALL64  __mspabi_divull, __sdk_divull
        CALL64  __mspabi_remlli, __sdk_remlli
        CALL64  __mspabi_remull, __sdk_remull
