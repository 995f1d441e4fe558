// ports/arm/boards/rpi-pico/port_config.h: 2 MiB of flash takes the BASIC level.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_PORT_CONFIG_H
#define KL_INCLUDED_PORT_CONFIG_H

#ifndef KL_CFG_LEVEL
#define KL_CFG_LEVEL (KL_LEVEL_BASIC)
#endif

// The vector table's external interrupts (ports/arm/startup.c): the RP2040 has 26; UART0 is
// IRQ 20.
#define KL_ARM_IRQS (32)

#endif // KL_INCLUDED_PORT_CONFIG_H
