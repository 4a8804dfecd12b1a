/**
 * Keeps a computed value until one of its inputs changes (compared by identity), so an update
 * that only scrolls does not filter or sort 15,000 rows again.
 */
export class Memo<T> {
  private inputs?: readonly unknown[];
  private value?: T;

  get(inputs: readonly unknown[], compute: () => T): T {
    if (!this.inputs || inputs.some((input, i) => !Object.is(input, this.inputs![i]))) {
      this.value = compute();
      this.inputs = inputs;
    }
    return this.value as T;
  }
}
