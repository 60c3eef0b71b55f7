/*
 * Registers of the MSP430FR58xx/FR59xx/FR6xx family used by the project's firmware (a subset, written for
 * this project), shared by msp430fr5969.h, msp430fr5994.h and msp430fr6989.h: these modules sit at the same
 * addresses on the three parts (SLAS704, SLASE54, SLAS789 "Peripheral File Map"; register offsets and bit
 * names: TI SLAU367). Include <msp430.h> (or the device header), not this file.
 */
#ifndef MSP430FR5XX_6XX_H
#define MSP430FR5XX_6XX_H

#include <stdint.h>

#define SFR8(addr)  (*(volatile uint8_t *)(addr))
#define SFR16(addr) (*(volatile uint16_t *)(addr))

/* ---- status register bits (SLAU367 4.3.3) ---- */
#define SR_C       0x0001u
#define SR_Z       0x0002u
#define SR_N       0x0004u
#define SR_GIE     0x0008u
#define SR_CPUOFF  0x0010u
#define SR_OSCOFF  0x0020u
#define SR_SCG0    0x0040u
#define SR_SCG1    0x0080u
#define SR_V       0x0100u
#define LPM0_BITS  (SR_CPUOFF)
#define LPM3_BITS  (SR_SCG1 | SR_SCG0 | SR_CPUOFF)
#define LPM4_BITS  (SR_SCG1 | SR_SCG0 | SR_OSCOFF | SR_CPUOFF)


/* ---- PMM (base 0x0120) ---- */
#define PMMCTL0    SFR16(0x0120)
#define PM5CTL0    SFR16(0x0130)
#define LOCKLPM5   0x0001u

/* ---- FRAM controller (base 0x0140) ---- */
#define FRCTL0     SFR16(0x0140)
#define FRCTLPW    0xA500u
#define NWAITS_1   0x0010u

/* ---- Watchdog timer WDT_A (WDTCTL at 0x015C) ---- */
#define WDTCTL     SFR16(0x015C)
#define WDTPW      0x5A00u
#define WDTHOLD    0x0080u
#define WDTSSEL_ACLK 0x0020u
#define WDTTMSEL   0x0010u
#define WDTCNTCL   0x0008u

/* ---- Clock system CS (base 0x0160) ---- */
#define CSCTL0     SFR16(0x0160)
#define CSCTL1     SFR16(0x0162)
#define CSCTL2     SFR16(0x0164)
#define CSCTL3     SFR16(0x0166)
#define CSKEY      0xA500u

/* ---- Reference REF_A (base 0x01B0) ---- */
#define REFCTL0    SFR16(0x01B0)

/* ---- Digital I/O ports P1/P2 (base 0x0200), P3/P4 (base 0x0220) ---- */
#define P1IN       SFR8(0x0200)
#define P2IN       SFR8(0x0201)
#define P1OUT      SFR8(0x0202)
#define P2OUT      SFR8(0x0203)
#define P1DIR      SFR8(0x0204)
#define P2DIR      SFR8(0x0205)
#define P1REN      SFR8(0x0206)
#define P1SEL0     SFR8(0x020A)
#define P2SEL0     SFR8(0x020B)
#define P1SEL1     SFR8(0x020C)
#define P2SEL1     SFR8(0x020D)
#define P1IES      SFR8(0x0218)
#define P1IE       SFR8(0x021A)
#define P1IFG      SFR8(0x021C)

/* ---- Timer0_A3 (base 0x0340) ---- */
#define TA0CTL     SFR16(0x0340)
#define TA0CCTL0   SFR16(0x0342)
#define TA0CCTL1   SFR16(0x0344)
#define TA0CCTL2   SFR16(0x0346)
#define TA0R       SFR16(0x0350)
#define TA0CCR0    SFR16(0x0352)
#define TA0CCR1    SFR16(0x0354)
#define TA0CCR2    SFR16(0x0356)
#define TA0EX0     SFR16(0x0360)
#define TA0IV      SFR16(0x036E)
#define TASSEL_ACLK  0x0100u
#define TASSEL_SMCLK 0x0200u
#define MC_UP      0x0010u
#define MC_CONT    0x0020u
#define TACLR      0x0004u
#define TAIE       0x0002u
#define TAIFG      0x0001u
#define CCIE       0x0010u
#define CCIFG      0x0001u

/* ---- Timer1_A3 (base 0x0380) ---- */
#define TA1CTL     SFR16(0x0380)
#define TA1R       SFR16(0x0390)
#define TA1CCR0    SFR16(0x0392)

/* ---- 32-bit hardware multiplier MPY32 (base 0x04C0) ---- */
#define MPY        SFR16(0x04C0)
#define MPYS       SFR16(0x04C2)
#define MAC        SFR16(0x04C4)
#define MACS       SFR16(0x04C6)
#define OP2        SFR16(0x04C8)
#define RESLO      SFR16(0x04CA)
#define RESHI      SFR16(0x04CC)
#define SUMEXT     SFR16(0x04CE)
#define MPY32L     SFR16(0x04D0)
#define MPY32H     SFR16(0x04D2)
#define MPYS32L    SFR16(0x04D4)
#define MPYS32H    SFR16(0x04D6)
#define OP2L       SFR16(0x04E0)
#define OP2H       SFR16(0x04E2)
#define RES0       SFR16(0x04E4)
#define RES1       SFR16(0x04E6)
#define RES2       SFR16(0x04E8)
#define RES3       SFR16(0x04EA)
#define MPY32CTL0  SFR16(0x04EC)

/* ---- eUSCI_A0 in UART mode (base 0x05C0) ---- */
#define UCA0CTLW0  SFR16(0x05C0)
#define UCA0CTLW1  SFR16(0x05C2)
#define UCA0BRW    SFR16(0x05C6)
#define UCA0MCTLW  SFR16(0x05C8)
#define UCA0STATW  SFR16(0x05CA)
#define UCA0RXBUF  SFR16(0x05CC)
#define UCA0TXBUF  SFR16(0x05CE)
#define UCA0IE     SFR16(0x05DA)
#define UCA0IFG    SFR16(0x05DC)
#define UCA0IV     SFR16(0x05DE)
#define UCSWRST    0x0001u
#define UCSSEL_SMCLK 0x0080u
#define UCRXIFG    0x0001u
#define UCTXIFG    0x0002u

/* ---- ADC12_B (base 0x0800) ---- */
#define ADC12CTL0  SFR16(0x0800)
#define ADC12CTL1  SFR16(0x0802)
#define ADC12CTL2  SFR16(0x0804)
#define ADC12CTL3  SFR16(0x0806)
#define ADC12IFGR0 SFR16(0x080C)
#define ADC12IER0  SFR16(0x0812)
#define ADC12IV    SFR16(0x0818)
#define ADC12MCTL0 SFR16(0x0820)
#define ADC12MEM0  SFR16(0x0860)
/* ADC12CTL0 */
#define ADC12SC    0x0001u
#define ADC12ENC   0x0002u
#define ADC12ON    0x0010u
#define ADC12SHT0_2 0x0200u
/* ADC12CTL1 */
#define ADC12BUSY  0x0001u
#define ADC12SHP   0x0200u
/* ADC12CTL2 */
#define ADC12RES_12BIT 0x0020u
/* ADC12CTL3 */
#define ADC12BATMAP 0x0040u
/* ADC12MCTL0: input channel select (ADC12INCHx); channel 31 = battery monitor (AVCC/2) with BATMAP */
#define ADC12INCH_31 0x001Fu
#define ADC12IFG0  0x0001u

#endif /* MSP430FR5XX_6XX_H */
