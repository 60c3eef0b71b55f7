/*
 * MSP430FR5969 device header of the project's firmware SDK (written for this project): the family registers
 * (msp430fr5xx_6xx.h), this part's memory map and its interrupt vector numbers. Addresses: TI SLAS704
 * "Memory Organization" and "Interrupt Vector Table"; the vector numbers are generated from
 * msp430emu/devices/fr5969.toml (slot N at 0xFF80 + 2*N, for clang's __attribute__((interrupt(N)))).
 */
#ifndef MSP430FR5969_H
#define MSP430FR5969_H

#include "msp430fr5xx_6xx.h"

/* ---- memory map (SLAS704 "Memory Organization") ---- */
#define PERIPH_START   0x0000u
#define BSL_START      0x1000u
#define INFO_FRAM_START 0x1800u
#define TLV_START      0x1A00u
#define SRAM_START     0x1C00u
#define SRAM_END       0x2400u   /* exclusive */
#define FRAM_START     0x4400u   /* main FRAM runs to 0x13FFF */
#define VECTORS_START  0xFF80u


/* ---- interrupt vector numbers for clang's __attribute__((interrupt(N))): address = 0xFF80 + 2*N ---- */
#define AES256_VECTOR     38  /* 0xFFCC */
#define RTC_VECTOR        39  /* 0xFFCE */
#define PORT4_VECTOR      40  /* 0xFFD0 */
#define PORT3_VECTOR      41  /* 0xFFD2 */
#define TIMER3_A1_VECTOR  42  /* 0xFFD4 */
#define TIMER3_A0_VECTOR  43  /* 0xFFD6 */
#define PORT2_VECTOR      44  /* 0xFFD8 */
#define TIMER2_A1_VECTOR  45  /* 0xFFDA */
#define TIMER2_A0_VECTOR  46  /* 0xFFDC */
#define PORT1_VECTOR      47  /* 0xFFDE */
#define TIMER1_A1_VECTOR  48  /* 0xFFE0 */
#define TIMER1_A0_VECTOR  49  /* 0xFFE2 */
#define DMA_VECTOR        50  /* 0xFFE4 */
#define USCI_A1_VECTOR    51  /* 0xFFE6 */
#define TIMER0_A1_VECTOR  52  /* 0xFFE8 */
#define TIMER0_A0_VECTOR  53  /* 0xFFEA */
#define ADC12_VECTOR      54  /* 0xFFEC */
#define USCI_B0_VECTOR    55  /* 0xFFEE */
#define USCI_A0_VECTOR    56  /* 0xFFF0 */
#define WDT_VECTOR        57  /* 0xFFF2 */
#define TIMER0_B1_VECTOR  58  /* 0xFFF4 */
#define TIMER0_B0_VECTOR  59  /* 0xFFF6 */
#define COMP_E_VECTOR     60  /* 0xFFF8 */
#define UNMI_VECTOR       61  /* 0xFFFA */
#define SYSNMI_VECTOR     62  /* 0xFFFC */
#define RESET_VECTOR      63  /* 0xFFFE, owned by crt0 */

#endif /* MSP430FR5969_H */
