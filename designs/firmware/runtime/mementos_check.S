; Mementos checkpoint runtime for the MSP430FR5969, the parts that need registers: the trigger-point check
; with its save, and the resume at boot. Base MSP430 ISA (assembled by clang-14 --target=msp430).
;
; __mementos_check (a `call #__mementos_check` inserted by msp430emu instrument before loop latches or
; after calls): preserves every register and SR (it may sit between a CMP and its conditional jump).
;   [timer mode: return at once unless the Timer0_A3 flag is set; clear it]
;   one ADC12_B conversion of channel 31 (AVCC/2, set up by mementos_boot.c) against the 2.0 V reference;
;   ADC12MEM31 >= MEMENTOS_THRESH_CODE (V >= V_thresh): return;
;   else save a bundle into the slot that does not hold the newest committed one, interrupts held off:
;     1. that slot's commit word := 0 (the slot is invalid from here until step 5)
;     2. header (magic, version, sequence, stack_len, globals_start, globals_len) and registers
;        R0 = the return address, R1 = the caller's SP, R2 = the caller's SR, R4..R15
;     3. the live stack [SP, __stack_top) and the globals [__data_start, __ram_used_end), copied while the
;        CRC-16-CCITT of header + registers + stack + globals is computed (table in mementos_crc.c); then
;        the peripheral block (generated: its header words and each listed register, outside the CRC)
;     4. the CRC
;     5. the commit word COMMIT_BASE ^ (sequence & 0xFFFF), last
;   A failure anywhere before 5 leaves the other slot (the previous bundle) the newest valid one.
;   Then __mementos_saves += 1 (FRAM) and return to the caller: execution continues. [Timer mode: the
;   timer restarts and a tick that came during the save is dropped, so saves are a period apart.]
; The slot layout is msp430emu/checkpoint/layout.py's (docs/checkpointing.md), with the slots in lower FRAM.
;
; __mementos_resume(slot in R12): copies the globals and the live stack back from a validated slot, loads
; R4..R15, and returns to the saved PC with the saved SR and SP through RETI - registers only, since the
; copy overwrites the stack it is called on.

#include "mementos.h"

#ifndef MEMENTOS_PERIPH_BYTES
#error "build the runtime with -DMEMENTOS_PERIPH_BYTES=N and the generated peripheral tables"
#endif

; frame of the save path: 12 pushed registers, the caller's SR, the return address
#define FRAME_R4   0
#define FRAME_SR   24
#define FRAME_PC   26
#define FRAME_SIZE 28

; crc (\crc) := (crc << 8) ^ table[(crc >> 8) ^ byte], the byte zero-extended in \b (clobbered)
.macro CRC_BYTE b, crc
        swpb    \crc                    ; low byte = crc >> 8, high byte = crc & 0xFF
        xor.b   \crc, \b                ; \b = (crc >> 8) ^ byte (a byte op clears bits 15:8)
        and     #0xFF00, \crc           ; crc << 8
        rla     \b                      ; word index
        xor     __mementos_crc_table(\b), \crc
.endm

; CRC_WORD w, crc, t: mementos.h

        .section .text.__mementos_check,"ax",@progbits
        .globl  __mementos_check
        .type   __mementos_check,@function
        .p2align 1
__mementos_check:
        push    r2                      ; the caller's flags (and GIE)
#ifdef MEMENTOS_TIMER_CCR0
        tst.b   &__mementos_timer_flag
        jz      .Lreturn
        mov.b   #0, &__mementos_timer_flag
#endif
        bis     #MEMENTOS_ADC12ENC|MEMENTOS_ADC12SC, &MEMENTOS_ADC12CTL0
.Lpoll:
        bit     #MEMENTOS_ADC12BUSY, &MEMENTOS_ADC12CTL1
        jnz     .Lpoll
        cmp     #MEMENTOS_THRESH_CODE, &MEMENTOS_ADC12MEM31
        jhs     .Lreturn                ; V >= V_thresh (reading MEM31 clears only IFG31)
        .globl  __mementos_save_begin   ; (global labels inside the routine: breakpoints for tests)
__mementos_save_begin:
        dint
        nop
        push    r15
        push    r14
        push    r13
        push    r12
        push    r11
        push    r10
        push    r9
        push    r8
        push    r7
        push    r6
        push    r5
        push    r4                      ; FRAME_R4(SP) = R4 ... 22(SP) = R15
        mov     r1, r12
        add     #FRAME_SIZE, r12        ; R12 = the caller's SP
        cmp     #__ram_used_end, r12
        jlo     .Lsaved                 ; stack overflowed into the globals: no bundle can hold it
        ; --- the newest committed slot and the sequence of the new bundle
        mov     #__stack_top, r11
        sub     #__data_start, r11
        add     #MEMENTOS_HEADER+MEMENTOS_PERIPH_BYTES+4, r11 ; R11 = slot size
        mov     #__mementos_slots, r14
        call    #.Lsequence_of          ; R9:R10 = sequence of slot 0 (0: not committed)
        mov     r9, r6
        mov     r10, r7                 ; R6:R7 = slot 0's
        add     r11, r14
        call    #.Lsequence_of          ; R9:R10 = slot 1's
        cmp     r7, r10                 ; slot 1 newer (32-bit unsigned compare)?
        jlo     .Lslot0_newer_or_equal
        jne     .Lslot1_newer
        cmp     r6, r9
        jlo     .Lslot0_newer_or_equal
        jeq     .Lslot0_newer_or_equal
.Lslot1_newer:
        mov     #__mementos_slots, r13  ; target slot 0, sequence = slot 1's + 1
        jmp     .Lnext_sequence
.Lslot0_newer_or_equal:
        mov     r6, r9
        mov     r7, r10                 ; sequence = slot 0's + 1
        mov     #__mementos_slots, r13
        tst     r6
        jnz     .Lslot0_target_is_1
        tst     r7
        jz      .Lnext_sequence         ; neither slot committed: slot 0, sequence 1
.Lslot0_target_is_1:
        add     r11, r13                ; target slot 1
.Lnext_sequence:
        add     #1, r9
        adc     r10
        cmp     #MEMENTOS_COMMIT_BASE, r9
        jne     .Lwrite                 ; skip the one sequence whose commit word would be 0 (a cleared word)
        add     #1, r9
        adc     r10
.Lwrite:
        ; R13 = target slot, R9:R10 = sequence, R11 = slot size, R12 = the caller's SP
        mov     r13, r15
        add     r11, r15                ; R15 = end of the slot
        clr     -2(r15)                 ; 1. invalidate the target slot
        mov     #MEMENTOS_MAGIC, 0(r13) ; 2. header
        mov     #MEMENTOS_VERSION, 2(r13)
        mov     r9, MEMENTOS_OFF_SEQ(r13)
        mov     r10, MEMENTOS_OFF_SEQ+2(r13)
        mov     #__stack_top, r14
        sub     r12, r14
        mov     r14, MEMENTOS_OFF_STACKLEN(r13)
        mov     #__data_start, MEMENTOS_OFF_GSTART(r13)
        mov     #__ram_used_end, r14
        sub     #__data_start, r14
        mov     r14, MEMENTOS_OFF_GLEN(r13)
        mov     FRAME_PC(r1), MEMENTOS_OFF_PC(r13)
        mov     r12, MEMENTOS_OFF_SP(r13)
        mov     FRAME_SR(r1), MEMENTOS_OFF_SR(r13)
        mov     r1, r14                 ; R4..R15 from the frame
        mov     r13, r15
        add     #MEMENTOS_OFF_R4, r15
        mov     r13, r7
        add     #MEMENTOS_HEADER, r7    ; R7 = end of the registers
.Lregs:
        mov     @r14+, r6               ; (llvm-mc-14 rejects @Rn+ with an indexed destination)
        mov     r6, 0(r15)
        incd    r15
        cmp     r7, r15
        jlo     .Lregs
        ; 3. CRC of the header and registers as written, then copy + CRC of the stack and the globals
        mov     #0xFFFF, r8
        mov     r12, r5                 ; R5 = the caller's SP (R12 is the copy source below)
        mov     r13, r12
        mov     r13, r14
        add     #MEMENTOS_HEADER, r14
        call    #.Lcrc_words
        mov     r5, r12                 ; stack: [SP, __stack_top) -> slot + HEADER + (SP - __ram_used_end)
        mov     #__stack_top, r14
        mov     r13, r15
        add     #MEMENTOS_HEADER, r15
        add     r5, r15
        sub     #__ram_used_end, r15
        call    #.Lcopy_crc
        mov     #__data_start, r12      ; globals -> slot + HEADER + (__stack_top - __ram_used_end)
        mov     #__ram_used_end, r14
        mov     r13, r15
        add     #MEMENTOS_HEADER, r15
        add     #__stack_top, r15
        sub     #__ram_used_end, r15
        call    #.Lcopy_crc
        ; 3b. the peripheral block (generated from the device's list: mov &REG, x(r15)); R15 is there
#include "mementos_periph_copy.inc"
        mov     r13, r15
        add     r11, r15
        mov     r8, -4(r15)             ; 4. CRC
        xor     #MEMENTOS_COMMIT_BASE, r9
        .globl  __mementos_save_commit
__mementos_save_commit:
        mov     r9, -2(r15)             ; 5. commit word, last
        inc     &__mementos_saves
#ifdef MEMENTOS_TIMER_CCR0
        bic     #MEMENTOS_CCIFG, &MEMENTOS_TA0CCTL0 ; a tick during the save does not count: the next check
        bis     #MEMENTOS_TACLR, &MEMENTOS_TA0CTL   ; runs a whole period after this save
        mov.b   #0, &__mementos_timer_flag
#endif
.Lsaved:
        pop     r4
        pop     r5
        pop     r6
        pop     r7
        pop     r8
        pop     r9
        pop     r10
        pop     r11
        pop     r12
        pop     r13
        pop     r14
        pop     r15
.Lreturn:
        pop     r2                      ; the caller's SR: flags and GIE as they were
        ret

; R9:R10 := the sequence of the slot at R14 if its magic, version and commit word say it was committed,
; else 0 (slot size in R11; clobbers R15)
.Lsequence_of:
        clr     r9
        clr     r10
        cmp     #MEMENTOS_MAGIC, 0(r14)
        jne     .Lsequence_done
        cmp     #MEMENTOS_VERSION, 2(r14)
        jne     .Lsequence_done
        mov     r14, r15
        add     r11, r15
        mov     -2(r15), r15
        xor     #MEMENTOS_COMMIT_BASE, r15
        cmp     MEMENTOS_OFF_SEQ(r14), r15
        jne     .Lsequence_done
        mov     MEMENTOS_OFF_SEQ(r14), r9
        mov     MEMENTOS_OFF_SEQ+2(r14), r10
.Lsequence_done:
        ret

; CRC (R8) over the words [R12, R14) (clobbers R12, R6, R7)
.Lcrc_words:
        cmp     r14, r12
        jhs     .Lcrc_words_done
.Lcrc_words_loop:
        mov     @r12+, r6
        CRC_WORD r6, r8, r7
        cmp     r14, r12
        jlo     .Lcrc_words_loop
.Lcrc_words_done:
        ret

; copy the words [R12, R14) to R15.., CRC (R8) over their bytes in memory order (clobbers R12, R15, R6, R7)
.Lcopy_crc:
        cmp     r14, r12
        jhs     .Lcopy_crc_done
.Lcopy_crc_loop:
        mov     @r12+, r6
        mov     r6, 0(r15)
        incd    r15
        CRC_WORD r6, r8, r7
        cmp     r14, r12
        jlo     .Lcopy_crc_loop
.Lcopy_crc_done:
        ret
        .size   __mementos_check, .-__mementos_check

; uint16_t __mementos_crc16(const uint8_t *p, uint16_t n, uint16_t crc): the CRC-16-CCITT of n bytes from an
; even address, continued from crc (C calling convention: R12, R13, R14 in, R12 out; clobbers R13-R15)
        .section .text.__mementos_crc16,"ax",@progbits
        .globl  __mementos_crc16
        .type   __mementos_crc16,@function
        .p2align 1
__mementos_crc16:
        push    r13                     ; the count (its parity decides a last single byte)
        bic     #1, r13
        add     r12, r13                ; R13 = end of the whole words
        cmp     r13, r12
        jhs     .Lcrc16_tail
.Lcrc16_loop:
        mov     @r12+, r15
        CRC_WORD r15, r14, r11          ; (R11-R15 are the caller's to lose)
        cmp     r13, r12
        jlo     .Lcrc16_loop
.Lcrc16_tail:
        pop     r13
        bit     #1, r13
        jz      .Lcrc16_done
        mov.b   @r12, r15
        CRC_BYTE r15, r14
.Lcrc16_done:
        mov     r14, r12
        ret
        .size   __mementos_crc16, .-__mementos_crc16

        .section .text.__mementos_resume,"ax",@progbits
        .globl  __mementos_resume
        .type   __mementos_resume,@function
        .p2align 1
__mementos_resume:
        dint
        nop
        mov     r12, r13                ; R13 = slot
        mov     MEMENTOS_OFF_SP(r13), r11
        mov     r13, r12                ; globals <- slot + HEADER + (__stack_top - __ram_used_end)
        add     #MEMENTOS_HEADER, r12
        add     #__stack_top, r12
        sub     #__ram_used_end, r12
        mov     #__data_start, r14
.Lresume_globals:
        cmp     #__ram_used_end, r14
        jhs     .Lresume_stack_start
        mov     @r12+, r15
        mov     r15, 0(r14)
        incd    r14
        jmp     .Lresume_globals
.Lresume_stack_start:                   ; stack <- slot + HEADER + (SP - __ram_used_end): from here on the
        mov     r13, r12                ; caller's frame is overwritten, so no push, pop or call
        add     #MEMENTOS_HEADER, r12
        add     r11, r12
        sub     #__ram_used_end, r12
        mov     r11, r14
.Lresume_stack:
        cmp     #__stack_top, r14
        jhs     .Lresume_registers
        mov     @r12+, r15
        mov     r15, 0(r14)
        incd    r14
        jmp     .Lresume_stack
.Lresume_registers:
        mov     r11, r1
        sub     #4, r1                  ; RETI frame just below the restored stack: SR, then PC
        mov     MEMENTOS_OFF_SR(r13), 0(r1)
        mov     MEMENTOS_OFF_PC(r13), 2(r1)
        mov     r13, r15
        mov     MEMENTOS_OFF_R4+0(r15), r4
        mov     MEMENTOS_OFF_R4+2(r15), r5
        mov     MEMENTOS_OFF_R4+4(r15), r6
        mov     MEMENTOS_OFF_R4+6(r15), r7
        mov     MEMENTOS_OFF_R4+8(r15), r8
        mov     MEMENTOS_OFF_R4+10(r15), r9
        mov     MEMENTOS_OFF_R4+12(r15), r10
        mov     MEMENTOS_OFF_R4+14(r15), r11
        mov     MEMENTOS_OFF_R4+16(r15), r12
        mov     MEMENTOS_OFF_R4+18(r15), r13
        mov     MEMENTOS_OFF_R4+20(r15), r14
        mov     MEMENTOS_OFF_R4+22(r15), r15
        reti                            ; SR, then PC; SP = the saved SP
        .size   __mementos_resume, .-__mementos_resume

; the two bundle slots, in lower FRAM (16-bit addresses); zero in the program image, so a freshly loaded
; program holds no checkpoint
        .section .persistent.__mementos_slots,"aw",@progbits
        .globl  __mementos_slots
        .type   __mementos_slots,@object
        .p2align 1
__mementos_slots:
        .space  2*MEMENTOS_SLOT_BYTES
        .size   __mementos_slots, 2*MEMENTOS_SLOT_BYTES
