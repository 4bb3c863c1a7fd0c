import { Provider } from '@nestjs/common';
import { TokensModule } from '../tokens/tokens.module.js';
import { TokensService } from '../tokens/tokens.service.js';
import { RunTokens } from './run-tokens.port.js';

/** RunTokens is the tokens feature's TokensService (spendForRun / refundRun in our transactions). */
export const TOKENS_IMPORTS = [TokensModule];
export const RUN_TOKENS_PROVIDER: Provider = { provide: RunTokens, useExisting: TokensService };
