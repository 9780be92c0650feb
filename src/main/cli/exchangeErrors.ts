// A refused import explains its reason (the dispatcher would only say "cannot be imported"); other errors
// go on to the dispatcher, which prints them the usual way.
import { isAppError } from '@shared/errors'
import { exchangeErrorMessage } from '@shared/exchange/exchangeErrorMessage'
import type { CliContext } from './context'

export function reportExchangeErrors(ctx: CliContext, run: () => number): number {
  try {
    return run()
  } catch (error) {
    if (!isAppError(error) || error.code !== 'bad-import') throw error
    ctx.io.err(exchangeErrorMessage(ctx.t, error.toShape()))
    return 1
  }
}
