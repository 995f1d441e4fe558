// ports/arm/boards/nucleo-f446re/port_config.h: 512 KiB of flash takes the BASIC level.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_PORT_CONFIG_H
#define KL_INCLUDED_PORT_CONFIG_H

#ifndef KL_CFG_LEVEL
#define KL_CFG_LEVEL (KL_LEVEL_BASIC)
#endif

// The vector table's external interrupts (ports/arm/startup.c): USART2, IRQ 38, is the
// highest the board enables.
#define KL_ARM_IRQS (40)

#endif // KL_INCLUDED_PORT_CONFIG_H
