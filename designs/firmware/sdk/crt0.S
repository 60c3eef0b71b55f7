; crt0 for the MSP430FR5969 (base MSP430 ISA, assembled by clang-14 --target=msp430).
;
; Reset sequence (the reset vector at 0xFFFE points to __crt0_start):
;   1. SP = __stack_top (0x2400, the top of SRAM).
;   2. Hold the watchdog: WDTCTL = WDTPW | WDTHOLD. The SDK does this for every program so that the
;      benchmark apps need not; a program that wants the watchdog starts it again itself.
;   3. Clear LOCKLPM5 in PM5CTL0 so that GPIO and UART pin settings take effect after a power-up
;      (the FR5969 keeps the pins locked in their reset state until software clears it, SLAU367 8.3.3).
;   4. Copy .data from its load image in FRAM to SRAM, zero .bss (both word-aligned by the linker script).
;      .persistent (FRAM) is never touched: its initial image comes with the program file.
;   5. R12 = R13 = 0 (argc, argv), call main, then exit(main's return value in R12).
;
; exit(int code): DINT; NOP; enter LPM4 (BIS #0xF0, SR) with GIE clear: nothing can wake the CPU, so the
; emulator ends the run with exit code R12. The JMP after it is never reached on silicon.

#define WDTCTL_ADDR   0x015C
#define WDTPW_HOLD    0x5A80
#define PM5CTL0_ADDR  0x0130
#define LOCKLPM5      0x0001

        .section .text.crt0,"ax",@progbits
        .globl  __crt0_start
        .type   __crt0_start,@function
        .p2align 1
__crt0_start:
        mov     #__stack_top, r1
        mov     #WDTPW_HOLD, &WDTCTL_ADDR
        bic     #LOCKLPM5, &PM5CTL0_ADDR

        mov     #__data_load_start, r12
        mov     #__data_start, r13
        mov     #__data_end, r14
.Lcopy_data:
        cmp     r14, r13                ; r13 - r14: carry set when r13 >= r14 (unsigned)
        jhs     .Lzero_bss
        mov     @r12+, r15              ; (llvm-mc-14 rejects @Rn+ with an indexed destination)
        mov     r15, 0(r13)
        incd    r13
        jmp     .Lcopy_data

.Lzero_bss:
        mov     #__bss_start, r13
        mov     #__bss_end, r14
.Lzero_loop:
        cmp     r14, r13
        jhs     .Lcall_main
        clr     0(r13)
        incd    r13
        jmp     .Lzero_loop

.Lcall_main:
        clr     r12
        clr     r13
        call    #main
        call    #exit                   ; R12 = main's return value
        .size   __crt0_start, .-__crt0_start

        .section .text.exit,"ax",@progbits
        .globl  exit
        .type   exit,@function
        .globl  _exit
        .type   _exit,@function
        .p2align 1
exit:
_exit:
        dint
        nop
        bis     #0x00F0, r2             ; CPUOFF | OSCOFF | SCG0 | SCG1 = LPM4, GIE clear
        jmp     exit
        .size   exit, .-exit

; An interrupt whose vector the program did not fill: end the run with exit code 0xFFFF (the host can
; recognise the case by the PC passing through __unhandled_irq).
        .section .text.unhandled_irq,"ax",@progbits
        .globl  __unhandled_irq
        .type   __unhandled_irq,@function
        .p2align 1
__unhandled_irq:
        mov     #0xFFFF, r12
        call    #exit
        .size   __unhandled_irq, .-__unhandled_irq

        .section __interrupt_vector_63,"ax",@progbits
        .short  __crt0_start
