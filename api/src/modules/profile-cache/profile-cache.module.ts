import { Global, Module } from '@nestjs/common';
import { ProfileCache } from './profile-cache.service.js';

/** Global: the companies, scores and recommendations resolvers read the public profile through it. */
@Global()
@Module({ providers: [ProfileCache], exports: [ProfileCache] })
export class ProfileCacheModule {}
