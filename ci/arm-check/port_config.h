// ci/arm-check/port_config.h: the smallest believable board configuration, for make arm-check.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A Cortex-M3 with tens of kilobytes of RAM picks the CORE level and overrides nothing, so the
// compile check exercises the defaults of vm/config.h as a new port would first meet them.

#ifndef KL_INCLUDED_CI_ARM_CHECK_PORT_CONFIG_H
#define KL_INCLUDED_CI_ARM_CHECK_PORT_CONFIG_H

#define KL_CFG_LEVEL (KL_LEVEL_CORE)

#endif // KL_INCLUDED_CI_ARM_CHECK_PORT_CONFIG_H
