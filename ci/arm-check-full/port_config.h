// ci/arm-check-full/port_config.h: a large board with every feature, for make arm-check.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The second compile check: the FULL level turns on every module and table, so code behind
// switches that the CORE check leaves off (math, the Unicode database, frozen modules) is also
// compiled for a 32-bit target.

#ifndef KL_INCLUDED_CI_ARM_CHECK_FULL_PORT_CONFIG_H
#define KL_INCLUDED_CI_ARM_CHECK_FULL_PORT_CONFIG_H

#define KL_CFG_LEVEL (KL_LEVEL_FULL)

#endif // KL_INCLUDED_CI_ARM_CHECK_FULL_PORT_CONFIG_H
