/*
 * <msp430.h> as in TI's toolchain: selects the device header by the predefined __MSP430<part>__ macro
 * (`msp430emu cc --device fr5994` defines __MSP430FR5994__, as TI's msp430-gcc -mmcu=msp430fr5994 does).
 */
#ifndef MSP430_H
#define MSP430_H

#if defined(__MSP430FR5969__)
#include "msp430fr5969.h"
#elif defined(__MSP430FR5994__)
#include "msp430fr5994.h"
#elif defined(__MSP430FR6989__)
#include "msp430fr6989.h"
#else
/* No device macro (a plain clang command line): the SDK's default device, as `msp430emu cc` without --device.
 * TI's msp430.h stops with an error here instead. */
#include "msp430fr5969.h"
#endif

#endif /* MSP430_H */
