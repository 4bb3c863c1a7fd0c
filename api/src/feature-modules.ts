import type { DynamicModule, Type } from '@nestjs/common';

type ModuleRef = Type<unknown> | DynamicModule;

/** Feature modules loaded by both roles (services, resolvers, queue registrations). */
export const FEATURE_MODULES: ModuleRef[] = [];

/** Modules holding bull processors: loaded by the worker only. */
export const WORKER_MODULES: ModuleRef[] = [];
