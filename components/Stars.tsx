export function Stars({ rating }: { rating?: number }) {
  if (rating === undefined) return null;
  const full = Math.round(rating);
  return (
    <span className="stars" aria-label={`${rating} out of 5 stars`} title={`${rating} / 5`}>
      {'★'.repeat(full)}
      <span className="stars-off">{'★'.repeat(Math.max(0, 5 - full))}</span>
    </span>
  );
}
