import { Button, RequestStatus, type RequestError } from '@keplive/ui'
import { apiErrorOf } from '@keplive/api'
import { useCallback, useId, useState, type ReactNode } from 'react'
import { useT } from '../../i18n'

/**
 * Which page of a server-paged list is shown: `after` is the cursor to ask the server with (the
 * first page: undefined). Keeps the cursors of the pages already passed, so "Previous" works with
 * forward-only cursors (`after` + `pageInfo.endCursor`, as auditLog's).
 *
 *   const paging = useCursorPaging()
 *   const { data } = useQuery(query, { variables: { after: paging.after } })
 *   <PagedTable paging={paging} pageInfo={data?.list.pageInfo} … />
 */
export function useCursorPaging() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined])
  const next = useCallback((endCursor: string) => setCursors((all) => [...all, endCursor]), [])
  const previous = useCallback(
    () => setCursors((all) => (all.length > 1 ? all.slice(0, -1) : all)),
    [],
  )
  const reset = useCallback(() => setCursors([undefined]), [])
  return {
    after: cursors[cursors.length - 1],
    /** 1 for the first page. */
    page: cursors.length,
    next,
    previous,
    /** Back to the first page, e.g. when a filter changes. */
    reset,
  }
}

export type CursorPaging = ReturnType<typeof useCursorPaging>

/** One column: its header and how a row shows in it; `rowHeader` makes its cells `<th scope="row">`. */
export interface Column<Row> {
  key: string
  header: ReactNode
  cell: (row: Row) => ReactNode
  numeric?: boolean
  rowHeader?: boolean
}

export interface PagedTableProps<Row> {
  /** What the table lists; also names its scrolling region for screen readers. */
  caption: string
  columns: Column<Row>[]
  /** undefined while the first answer is awaited. */
  rows: readonly Row[] | undefined
  rowKey: (row: Row) => string
  /** Said instead of the table when there is nothing to list. */
  emptyText: string
  loading: boolean
  error?: unknown
  /** Leave both out for a list the server returns whole. */
  paging?: CursorPaging
  pageInfo?: { endCursor?: string | null; hasNextPage: boolean } | null
}

function requestError(error: unknown): RequestError | undefined {
  const read = apiErrorOf(error)
  return read ? { kind: read.kind, code: read.code, messages: read.messages } : undefined
}

/**
 * A captioned table of a server-paged list with "Previous"/"Next" buttons, an empty state and
 * the request's status in a live region. A wide table scrolls in its own focusable box, so the
 * page never scrolls sideways at 360 px.
 */
export function PagedTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  emptyText,
  loading,
  error,
  paging,
  pageInfo,
}: PagedTableProps<Row>) {
  const t = useT()
  const captionId = useId()
  const endCursor = pageInfo?.endCursor
  return (
    <>
      <RequestStatus loading={loading} error={requestError(error)} />
      {rows && rows.length === 0 ? <p className="govgr-body">{emptyText}</p> : null}
      {rows && rows.length > 0 ? (
        <div
          className="keplive-table-scroll"
          role="region"
          aria-labelledby={captionId}
          tabIndex={0}
        >
          <table className="data-table">
            <caption id={captionId}>
              {caption}
              {paging && (paging.page > 1 || pageInfo?.hasNextPage) ? (
                <span className="secondary"> — {t('paged.page', { page: paging.page })}</span>
              ) : null}
            </caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th
                    key={column.key}
                    scope="col"
                    className={column.numeric ? 'number' : undefined}
                  >
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((column) =>
                    column.rowHeader ? (
                      <th key={column.key} scope="row">
                        {column.cell(row)}
                      </th>
                    ) : (
                      <td key={column.key} className={column.numeric ? 'number' : undefined}>
                        {column.cell(row)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {paging && (paging.page > 1 || pageInfo?.hasNextPage) ? (
        <nav className="admin-pager" aria-label={t('paged.navigation')}>
          <Button variant="secondary" disabled={paging.page <= 1} onClick={paging.previous}>
            {t('paged.previous')}
          </Button>
          <Button
            variant="secondary"
            disabled={!pageInfo?.hasNextPage || !endCursor}
            onClick={() => endCursor && paging.next(endCursor)}
          >
            {t('paged.next')}
          </Button>
        </nav>
      ) : null}
    </>
  )
}
