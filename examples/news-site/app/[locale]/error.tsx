'use client';

/** When the newsroom does not answer (down, or an error): say so, and offer to try again. */
export default function NewsroomError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="listing" data-testid="newsroom-error">
      <h1>The newsroom is not answering · Ньюзрум не відповідає</h1>
      <p>
        <button type="button" onClick={() => reset()}>
          Try again · Спробувати ще раз
        </button>
      </p>
    </div>
  );
}
